stub: upstream file of 19659 bytes
