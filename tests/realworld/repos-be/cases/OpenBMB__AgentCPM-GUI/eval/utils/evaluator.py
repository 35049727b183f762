stub: upstream file of 22201 bytes
