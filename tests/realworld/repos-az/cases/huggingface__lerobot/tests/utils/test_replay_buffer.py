stub: upstream file of 25216 bytes
