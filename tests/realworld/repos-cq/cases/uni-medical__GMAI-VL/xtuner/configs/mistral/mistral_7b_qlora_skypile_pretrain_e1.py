stub: upstream file of 6895 bytes
