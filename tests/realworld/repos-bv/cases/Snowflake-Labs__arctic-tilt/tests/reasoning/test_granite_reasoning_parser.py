stub: upstream file of 10657 bytes
