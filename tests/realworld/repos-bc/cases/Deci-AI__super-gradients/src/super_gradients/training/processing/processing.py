stub: upstream file of 49528 bytes
