stub: upstream file of 11688 bytes
