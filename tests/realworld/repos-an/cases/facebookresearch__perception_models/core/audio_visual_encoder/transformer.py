stub: upstream file of 7898 bytes
