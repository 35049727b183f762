stub: upstream file of 14923 bytes
