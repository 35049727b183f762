stub: upstream file of 11872 bytes
