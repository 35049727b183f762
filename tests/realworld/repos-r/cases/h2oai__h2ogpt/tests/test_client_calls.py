stub: upstream file of 646376 bytes
