stub: upstream file of 154747 bytes
