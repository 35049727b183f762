stub: upstream file of 46010 bytes
