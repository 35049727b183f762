stub: upstream file of 28583 bytes
