stub: upstream file of 9496 bytes
