stub: upstream file of 76189 bytes
