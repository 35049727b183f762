stub: upstream file of 19154 bytes
