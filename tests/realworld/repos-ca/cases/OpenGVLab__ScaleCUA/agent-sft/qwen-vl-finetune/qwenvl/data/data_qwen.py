stub: upstream file of 53098 bytes
