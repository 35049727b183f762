stub: upstream file of 15911 bytes
