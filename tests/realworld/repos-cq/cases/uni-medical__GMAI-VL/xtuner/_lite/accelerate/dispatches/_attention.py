stub: upstream file of 4883 bytes
