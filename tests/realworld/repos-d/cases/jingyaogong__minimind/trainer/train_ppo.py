stub: upstream file of 26796 bytes
