stub: upstream file of 15946 bytes
