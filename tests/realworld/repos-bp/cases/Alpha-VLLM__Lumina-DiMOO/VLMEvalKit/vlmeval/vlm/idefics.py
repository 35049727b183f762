stub: upstream file of 12221 bytes
