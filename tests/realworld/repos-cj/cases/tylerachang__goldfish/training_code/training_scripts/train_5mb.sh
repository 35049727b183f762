stub: upstream file of 317647 bytes
