stub: upstream file of 43053 bytes
