stub: upstream file of 10648 bytes
