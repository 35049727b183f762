stub: upstream file of 12898 bytes
