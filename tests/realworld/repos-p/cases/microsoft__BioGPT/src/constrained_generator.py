stub: upstream file of 30770 bytes
