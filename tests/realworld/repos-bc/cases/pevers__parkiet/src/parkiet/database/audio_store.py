stub: upstream file of 18352 bytes
