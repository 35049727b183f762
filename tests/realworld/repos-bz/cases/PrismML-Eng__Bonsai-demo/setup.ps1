stub: upstream file of 18512 bytes
