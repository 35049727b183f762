stub: upstream file of 6502 bytes
