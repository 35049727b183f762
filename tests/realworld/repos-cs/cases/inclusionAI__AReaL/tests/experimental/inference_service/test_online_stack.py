stub: upstream file of 12721 bytes
