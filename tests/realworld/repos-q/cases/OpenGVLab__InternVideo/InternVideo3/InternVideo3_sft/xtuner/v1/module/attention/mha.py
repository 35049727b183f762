stub: upstream file of 17717 bytes
