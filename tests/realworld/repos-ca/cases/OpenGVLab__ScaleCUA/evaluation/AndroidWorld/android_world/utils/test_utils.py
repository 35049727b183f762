stub: upstream file of 8679 bytes
