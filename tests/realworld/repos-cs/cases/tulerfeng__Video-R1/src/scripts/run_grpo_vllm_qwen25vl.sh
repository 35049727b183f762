stub: upstream file of 1776 bytes
