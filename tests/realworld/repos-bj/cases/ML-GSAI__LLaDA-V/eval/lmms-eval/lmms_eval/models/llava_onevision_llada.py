stub: upstream file of 45648 bytes
