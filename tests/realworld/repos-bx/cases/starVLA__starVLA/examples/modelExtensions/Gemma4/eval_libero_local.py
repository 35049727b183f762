stub: upstream file of 13721 bytes
