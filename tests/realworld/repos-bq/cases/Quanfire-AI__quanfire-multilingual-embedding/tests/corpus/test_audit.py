stub: upstream file of 10819 bytes
