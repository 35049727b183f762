stub: upstream file of 45275 bytes
