stub: upstream file of 96683 bytes
