stub: upstream file of 21796 bytes
