stub: upstream file of 40874 bytes
