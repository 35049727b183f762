stub: upstream file of 12605 bytes
