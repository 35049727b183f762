stub: upstream file of 80622 bytes
