stub: upstream file of 71344 bytes
