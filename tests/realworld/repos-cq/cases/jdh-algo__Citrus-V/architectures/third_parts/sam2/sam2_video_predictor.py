stub: upstream file of 44666 bytes
