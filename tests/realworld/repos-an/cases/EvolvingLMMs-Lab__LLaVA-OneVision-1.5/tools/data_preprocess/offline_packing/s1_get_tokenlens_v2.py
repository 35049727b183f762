stub: upstream file of 31466 bytes
