stub: upstream file of 64627 bytes
