stub: upstream file of 105092 bytes
