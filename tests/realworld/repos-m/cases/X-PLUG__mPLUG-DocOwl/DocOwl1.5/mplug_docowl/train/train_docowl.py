stub: upstream file of 27289 bytes
