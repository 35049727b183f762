stub: upstream file of 12872 bytes
