stub: upstream file of 8423 bytes
