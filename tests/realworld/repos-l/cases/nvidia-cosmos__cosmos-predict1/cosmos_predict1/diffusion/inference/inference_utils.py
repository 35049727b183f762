stub: upstream file of 32836 bytes
