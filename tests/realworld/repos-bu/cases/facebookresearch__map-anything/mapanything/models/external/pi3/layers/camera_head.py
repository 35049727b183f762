stub: upstream file of 3659 bytes
