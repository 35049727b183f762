stub: upstream file of 18186 bytes
